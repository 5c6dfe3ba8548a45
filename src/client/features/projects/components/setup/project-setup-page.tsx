import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Project } from '../../../../../shared/api/projects';
import { ButtonLink } from '../../../../components/button';
import { Page } from '../../../../components/page';
import { paths } from '../../../../lib/paths';
import { useConfigCheck } from '../../hooks/use-config-check';
import { useProjectForm } from '../../hooks/use-project-form';
import { projectTitle } from '../../project-format';
import { previewSample, type TaskData } from '../../setup/sample-data';
import { templateById } from '../../templates/templates';
import { ConfigEditor } from './config-editor';
import { ConfigPreview, type PreviewRenderer } from './config-preview';
import { DeleteProjectSection } from './delete-project-section';
import { GeneralFields, InstructionFields } from './general-fields';
import { LeaveDialog } from './leave-dialog';
import { QueueFields } from './queue-fields';
import { SaveBar } from './save-bar';
import { SetupSection } from './setup-section';
import { TemplatePicker } from './template-picker';
import './project-setup-page.css';

export interface ProjectSetupPageProps {
  /** The project to edit; absent on /projects/new. */
  project?: Project | undefined;
  /** The project's first task's data: undefined while loading, null when it has no tasks. */
  sampleTask?: TaskData | null | undefined;
  /** Shown in the preview when the first task could not be loaded (with the route's retry). */
  sampleProblem?: ReactNode;
  /** The labeling editor on the preview's config and data. */
  renderPreview: PreviewRenderer;
  canDelete: boolean;
}

export function ProjectSetupPage(props: ProjectSetupPageProps) {
  const { project, sampleTask, sampleProblem, renderPreview, canDelete } = props;
  const form = useProjectForm(project);
  const check = useConfigCheck(form.values.label_config);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = templateById(templateId);
  const root = useRef<HTMLDivElement>(null);

  const sample = useMemo(
    () =>
      check.lastValid
        ? previewSample(check.lastValid, sampleTask ?? undefined, template?.sample)
        : null,
    [check.lastValid, sampleTask, template],
  );
  const configText = form.values.label_config;
  const editedConfig = configText !== form.baseline.label_config && configText !== template?.config;
  const configInvalid = check.errors.length > 0;

  const save = () => {
    const field = form.submit();
    if (!field || !root.current) return;
    const target =
      field === 'label_config'
        ? root.current.querySelector<HTMLElement>('.cm-content')
        : root.current.querySelector<HTMLElement>(`[name="${field}"]`);
    target?.focus();
  };

  const title = project ? `Settings: ${projectTitle(project)}` : 'New project';
  const back = project ? (
    <Link to={paths.project(project.id)}>← Back to project</Link>
  ) : (
    <Link to={paths.projects}>← All projects</Link>
  );

  return (
    <Page title={title} eyebrow={back}>
      <div ref={root} className="project-setup">
        <SetupSection title="Project">
          <GeneralFields values={form.values} errors={form.errors} set={form.set} />
        </SetupSection>

        <SetupSection
          title="Labeling interface"
          description="What annotators see and the labels they give. The preview follows your config as you type."
        >
          <details className="project-setup__templates" open={!project}>
            <summary>Start from a template</summary>
            <TemplatePicker
              currentId={templateId}
              wouldReplaceEdits={editedConfig}
              onChoose={(chosen) => {
                setTemplateId(chosen.id);
                form.replaceConfig(chosen.config);
              }}
            />
          </details>
          <div className="project-setup__config">
            <ConfigEditor
              value={configText}
              onChange={form.replaceConfig}
              errors={check.errors}
              serverError={form.errors.label_config}
            />
            <section className="project-setup__preview" aria-labelledby="setup-preview-title">
              <h3 id="setup-preview-title" className="project-setup__preview-title">
                Preview
              </h3>
              {sampleProblem}
              {sampleTask === undefined && project && !sampleProblem ? (
                <p role="status" className="muted">
                  Loading a task for the preview…
                </p>
              ) : (
                <ConfigPreview
                  config={check.lastValid}
                  sample={sample}
                  stale={configInvalid}
                  render={renderPreview}
                />
              )}
            </section>
          </div>
        </SetupSection>

        <SetupSection title="Instructions">
          <InstructionFields values={form.values} errors={form.errors} set={form.set} />
        </SetupSection>

        <SetupSection title="Annotation">
          <QueueFields values={form.values} errors={form.errors} set={form.set} />
        </SetupSection>

        <SaveBar
          creating={!project}
          saving={form.saving}
          configInvalid={configInvalid}
          notice={form.notice}
          message={form.serverMessage}
          onSave={save}
          cancel={
            <ButtonLink to={project ? paths.project(project.id) : paths.projects} variant="ghost">
              Cancel
            </ButtonLink>
          }
        />

        {project && canDelete && (
          <DeleteProjectSection project={project} beforeLeave={form.allowNextNavigation} />
        )}
      </div>
      <LeaveDialog blocker={form.blocker} />
    </Page>
  );
}
