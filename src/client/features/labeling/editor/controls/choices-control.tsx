// Choices (label-config.md §2). Single and single-radio behave as a radio group, multiple as
// checkboxes; the alias is what the result stores. `selected` defaults show as chosen while the
// control has no item and are written with the first change the user makes (toggleChoice
// starts from what is shown), so opening a task never edits it.
import { useId } from 'react';
import type { NodeOfTag } from '../renderer-types';
import { useRenderContext } from '../render-context';
import { shownChoices, toggleChoice } from './control-actions';
import { ClearValueButton, ControlField } from './control-field';
import { ariaShortcut, HotkeyBadge } from './hotkey-badge';
import { storedList, useClassification } from './use-classification';
import { useHotkeyBadges } from './use-hotkey-badges';
import './controls.css';
import './choices-control.css';

export function ChoicesControl({ node }: { node: NodeOfTag<'Choices'> }) {
  const { config } = useRenderContext();
  const { item, readOnly, write } = useClassification(node);
  const hotkeys = useHotkeyBadges(node.name);
  const groupName = useId();
  const shown = shownChoices(node, storedList(item, 'choices'));
  const radio = node.choice !== 'multiple';
  const inline = node.showInline || node.layout === 'inline';

  return (
    <ControlField control={node} kind="group">
      {() => (
        <div className="lc-choices">
          <ul className={`lc-choices__list${inline ? ' lc-choices__list--inline' : ''}`}>
            {node.options.map((option, i) => {
              const hotkey = hotkeys.get(option.value);
              const hintId = `${groupName}-hint-${i}`;
              return (
                <li key={option.value} className="lc-choice">
                  <label className="lc-choice__label">
                    <input
                      type={radio ? 'radio' : 'checkbox'}
                      name={groupName}
                      checked={shown.includes(option)}
                      disabled={readOnly}
                      aria-keyshortcuts={ariaShortcut(hotkey)}
                      aria-describedby={option.hint ? hintId : undefined}
                      onChange={() => toggleChoice(config, node.name, option.value)}
                    />
                    <span>{option.value}</span>
                    <HotkeyBadge hotkey={hotkey} />
                  </label>
                  {option.hint && (
                    <span id={hintId} className="lc-choice__hint">
                      {option.hint}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {radio && item && !readOnly && (
            <ClearValueButton name={node.name} onClear={() => write(undefined)} />
          )}
        </div>
      )}
    </ControlField>
  );
}
