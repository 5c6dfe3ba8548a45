import type { CSSProperties } from 'react';
import './skeleton.css';

export interface SkeletonProps {
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
  radius?: 'sm' | 'md' | 'pill';
}

/** A grey placeholder block; decorative, so the loading container carries the announcement. */
export function Skeleton({ width = '100%', height = '0.875rem', radius = 'sm' }: SkeletonProps) {
  return (
    <span className={`skeleton skeleton--${radius}`} style={{ width, height }} aria-hidden="true" />
  );
}
