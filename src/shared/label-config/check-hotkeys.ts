// Config hotkeys (label-config.md §5): a key may not repeat inside a control or across controls
// that can show together, and may not take an editor key or shadow a browser shortcut.
import { errorAt, type ConfigError } from './config-error';
import { canShowTogether } from './co-visibility';
import { EDITOR_KEYS, isBrowserShortcut, normalizeHotkey } from './hotkey-keys';
import { hotkeyOptions } from './control-options';
import type { LabelConfig } from './label-config';
import type { ChoiceNode, ControlNode, LabelNode } from './tag-tree';

interface Bound {
  readonly control: ControlNode;
  readonly option: ChoiceNode | LabelNode;
  readonly key: string;
}

const describe = (b: Bound) =>
  `<${b.option.tag} value="${b.option.value}"> in <${b.control.tag} name="${b.control.name}">`;

export function checkHotkeys(config: LabelConfig, errors: ConfigError[]): void {
  const byKey = new Map<string, Bound[]>();
  for (const control of config.controls.values()) {
    for (const option of hotkeyOptions(control)) {
      if (option.hotkey === undefined) continue;
      const push = (message: string) => errors.push(errorAt(option, message, 'hotkey'));
      const key = normalizeHotkey(option.hotkey);
      const bound: Bound | undefined = key === undefined ? undefined : { control, option, key };
      if (!bound) {
        push(`Hotkey "${option.hotkey}" of <${option.tag} value="${option.value}"> names no key`);
        continue;
      }
      const editorAction = EDITOR_KEYS.get(bound.key);
      if (editorAction) {
        push(
          `Hotkey "${option.hotkey}" of ${describe(bound)} collides with the editor's ${editorAction} key`,
        );
        continue;
      }
      if (isBrowserShortcut(bound.key)) {
        push(`Hotkey "${option.hotkey}" of ${describe(bound)} would shadow a browser shortcut`);
        continue;
      }
      const earlier = byKey.get(bound.key) ?? [];
      const clash = earlier.find(
        (e) =>
          e.control === control ||
          canShowTogether(
            config.conditions.get(e.control.name) ?? [],
            config.conditions.get(control.name) ?? [],
          ),
      );
      if (clash)
        push(`Hotkey "${option.hotkey}" of ${describe(bound)} is also used by ${describe(clash)}`);
      earlier.push(bound);
      byKey.set(bound.key, earlier);
    }
  }
}
