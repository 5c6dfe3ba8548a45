import { z } from 'zod';
import { ApiDatetime, Id, Result, ignoredKeys } from './common';

export const Prediction = z.object({
  id: Id,
  result: Result,
  model_version: z.string(),
  created_ago: z.string(),
  score: z.number().nullable(),
  created_at: ApiDatetime,
  updated_at: ApiDatetime,
  task: Id,
  project: Id,
});
export type Prediction = z.infer<typeof Prediction>;

const echoed = ignoredKeys([
  'id',
  'created_ago',
  'created_at',
  'updated_at',
  'project',
  'cluster',
  'neighbors',
  'mislabeling',
]);
const Score = z.number().refine(Number.isFinite, 'Score must be a finite number.').nullable();

export const PredictionCreate = z
  .object({
    task: Id,
    result: Result,
    model_version: z.string().max(1000).optional(),
    score: Score.optional(),
  })
  .extend(echoed)
  .strict();
export type PredictionCreate = z.infer<typeof PredictionCreate>;

export const PredictionUpdate = z
  .object({ result: Result, model_version: z.string().max(1000), score: Score, task: z.unknown() })
  .partial()
  .extend(echoed)
  .strict();
export type PredictionUpdate = z.infer<typeof PredictionUpdate>;
