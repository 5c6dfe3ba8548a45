import { useState } from 'react';
import { Badge } from '../../../../components/badge';
import { Button } from '../../../../components/button';
import { Dialog } from '../../../../components/dialog';
import type { ProjectTemplate } from '../../templates/project-template';
import { PROJECT_TEMPLATES } from '../../templates/templates';
import './template-picker.css';

export interface TemplatePickerProps {
  /** The template the config came from, while it is still in use. */
  currentId: string | null;
  /** True when choosing would throw away the admin's own config text. */
  wouldReplaceEdits: boolean;
  onChoose(template: ProjectTemplate): void;
}

export function TemplatePicker({ currentId, wouldReplaceEdits, onChoose }: TemplatePickerProps) {
  const [pending, setPending] = useState<ProjectTemplate | null>(null);
  const choose = (template: ProjectTemplate) => {
    if (wouldReplaceEdits) setPending(template);
    else onChoose(template);
  };
  return (
    <>
      <ul className="template-picker" aria-label="Templates">
        {PROJECT_TEMPLATES.map((template) => {
          const descriptionId = `template-${template.id}-description`;
          const current = template.id === currentId;
          return (
            <li
              key={template.id}
              className={`template-picker__item${current ? ' template-picker__item--current' : ''}`}
            >
              <div className="template-picker__text">
                <p className="template-picker__name">
                  {template.name} {current && <Badge tone="accent">In use</Badge>}
                </p>
                <p id={descriptionId} className="template-picker__description">
                  {template.description}
                </p>
              </div>
              <Button
                size="sm"
                aria-label={`Use the ${template.name} template`}
                aria-describedby={descriptionId}
                onClick={() => choose(template)}
              >
                Use
              </Button>
            </li>
          );
        })}
      </ul>
      <Dialog
        open={pending !== null}
        title="Replace your config?"
        onClose={() => setPending(null)}
        footer={
          <>
            <Button onClick={() => setPending(null)}>Keep my config</Button>
            <Button
              variant="primary"
              onClick={() => {
                if (pending) onChoose(pending);
                setPending(null);
              }}
            >
              Replace
            </Button>
          </>
        }
      >
        <p>
          The {pending?.name} template replaces the config in the editor, and your changes to it are
          lost. Nothing is saved until you press Save.
        </p>
      </Dialog>
    </>
  );
}
