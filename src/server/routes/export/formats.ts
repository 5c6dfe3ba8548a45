import { EXPORT_TYPES, type ExportFormat } from '../../../shared/api/exports';
import { csvFormat, tsvFormat } from './csv';
import { jsonFormat } from './json';
import { jsonMinFormat } from './json-min';
import type { FormatRegistry } from './types';

/** Every export type and how it is written; adding a type to ExportType fails here until it has one. */
export const FORMATS: FormatRegistry = {
  JSON: jsonFormat,
  JSON_MIN: jsonMinFormat,
  CSV: csvFormat,
  TSV: tsvFormat,
};

export const formatList = (): ExportFormat[] =>
  EXPORT_TYPES.map((name) => ({
    name,
    title: FORMATS[name].title,
    description: FORMATS[name].description,
  }));
