import type { Project } from '../../../shared/api/projects';

export function projectTitle(project: Pick<Project, 'id' | 'title'>): string {
  return project.title.trim() || `Untitled project #${project.id}`;
}

const numberFormat = new Intl.NumberFormat('en-US');
export const formatNumber = (n: number) => numberFormat.format(n);

/** `color` is free text in the schema; only a real #RRGGBB that is not the white default is shown. */
export function projectAccent(color: string): string | null {
  if (!/^#[0-9a-f]{6}$/i.test(color) || color.toUpperCase() === '#FFFFFF') return null;
  return color;
}
