import { useId, type ReactNode } from 'react';
import { Card } from '../../../../components/card';

export interface SetupSectionProps {
  title: string;
  description?: string;
  children: ReactNode;
}

/** One titled card of the setup screen; a landmark-free section named by its heading. */
export function SetupSection({ title, description, children }: SetupSectionProps) {
  const id = useId();
  return (
    <Card as="section" className="setup-section" aria-labelledby={id}>
      <h2 id={id} className="setup-section__title">
        {title}
      </h2>
      {description && <p className="setup-section__description muted">{description}</p>}
      {children}
    </Card>
  );
}
