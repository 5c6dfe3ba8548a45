import type { ConfigError } from '../../../../../shared/label-config/config-error';
import { describePosition } from '../../setup/config-diagnostics';

export interface ConfigErrorListProps {
  id: string;
  errors: readonly ConfigError[];
  serverError?: string | undefined;
  onGoTo(line: number, column?: number): void;
}

const plural = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/** Under the editor: every engine error with a way to jump to its line, and the server's word. */
export function ConfigErrorList({ id, errors, serverError, onGoTo }: ConfigErrorListProps) {
  return (
    <div id={id} className="config-errors">
      {/* Announces the count only: reading every message at each keystroke would be noise. */}
      <p className="visually-hidden" aria-live="polite">
        {errors.length > 0 ? `${plural(errors.length)} in the config` : ''}
      </p>
      {errors.length > 0 && (
        <div className="config-errors__box">
          <p className="config-errors__title">
            {plural(errors.length)} in the config. It can’t be saved until they are fixed.
          </p>
          <ul className="config-errors__list">
            {errors.map((error, index) => (
              <li key={index} className="config-errors__item">
                {error.line !== undefined && (
                  <button
                    type="button"
                    className="config-errors__position"
                    onClick={() => onGoTo(error.line!, error.column)}
                  >
                    {describePosition(error)}
                  </button>
                )}
                <span>{error.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {serverError && (
        <div className="config-errors__box" role="alert">
          <p className="config-errors__title">The server kept the saved config</p>
          <p className="config-errors__server">{serverError}</p>
        </div>
      )}
    </div>
  );
}
