// The `?` sheet: generated from EDITOR_ACTIONS and the config's current label/choice bindings,
// so it can never disagree with what the keys do.
import { Dialog } from '../../../components/dialog';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { EDITOR_ACTIONS, displayKey, isApple, type EditorAction } from './editor-actions';
import { currentBindings } from './use-editor-hotkeys';
import './cheat-sheet.css';

const GROUPS: readonly EditorAction['group'][] = ['Task', 'Edit', 'Regions', 'View', 'Help'];

function Keys({ keys }: { keys: readonly string[] }) {
  const apple = isApple();
  return (
    <span className="lc-keys">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="lc-keys__or"> or </span>}
          <kbd>{displayKey(k, apple)}</kbd>
        </span>
      ))}
    </span>
  );
}

export function CheatSheet({
  open,
  onClose,
  config,
}: {
  open: boolean;
  onClose(): void;
  config: LabelConfig | null;
}) {
  const bindings = open && config ? currentBindings(config) : [];
  const byControl = new Map<string, typeof bindings>();
  for (const b of bindings) byControl.set(b.control, [...(byControl.get(b.control) ?? []), b]);
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" wide>
      <div className="lc-cheats">
        {GROUPS.map((group) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {EDITOR_ACTIONS.filter((a) => a.group === group).map((a) => (
                <div key={a.id} className="lc-cheats__row">
                  <dt>{a.label}</dt>
                  <dd>
                    <Keys keys={a.keys} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        {[...byControl].map(([control, list]) => (
          <section key={control} aria-label={`Labels of ${control}`}>
            <h3>{control}</h3>
            <dl>
              {list.map((b) => (
                <div key={`${b.control}:${b.value}`} className="lc-cheats__row">
                  <dt>{b.value}</dt>
                  <dd>
                    <Keys keys={[b.key]} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="lc-cheats__note">Shortcuts never fire while you type in a text field.</p>
    </Dialog>
  );
}
