// Reading a JSON input file field by field, collecting every problem as `path:line: message`.
// Lines are found by searching the raw text for the offending key or value, so a message points
// at the right place without a position-tracking JSON parser.

import {
  decodeUtf8,
  InputError,
  lineOfJsonValue,
  lineOfOffset,
  type InputProblem,
} from './input-error.ts';
import type { InputFile } from './types.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export class JsonInput {
  readonly problems: InputProblem[] = [];
  readonly path: string;
  readonly raw: string;
  readonly root: Json;

  constructor(file: InputFile) {
    this.path = file.path;
    this.raw = decodeUtf8(file.path, file.content);
    if (this.raw.trim() === '')
      throw new InputError([
        { path: file.path, line: 1, message: 'empty file: expected a JSON object' },
      ]);
    try {
      this.root = JSON.parse(this.raw) as Json;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(message);
      const lineCol = /line (\d+)/.exec(message);
      const line = pos ? lineOfOffset(this.raw, Number(pos[1])) : lineCol ? Number(lineCol[1]) : 1;
      throw new InputError([{ path: file.path, line, message: `not valid JSON: ${message}` }]);
    }
  }

  /** Records a problem at the line where `value` (under `key`, if given) appears. */
  fail(message: string, value?: string | number, key?: string): void {
    const line = value === undefined ? 1 : lineOfJsonValue(this.raw, String(value), key);
    this.problems.push({ path: this.path, line, message });
  }

  /** Records a problem at the line of a key's first appearance. */
  failAtKey(message: string, key: string): void {
    const at = this.raw.indexOf(JSON.stringify(key));
    this.problems.push({ path: this.path, line: at < 0 ? 1 : lineOfOffset(this.raw, at), message });
  }

  throwIfProblems(): void {
    if (this.problems.length > 0) throw new InputError(this.problems);
  }

  object(value: Json | undefined, where: string): JsonObject | null {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value;
    this.fail(`${where}: expected an object`);
    return null;
  }

  array(obj: JsonObject, key: string, where: string): Json[] {
    const v = obj[key];
    if (Array.isArray(v)) return v;
    this.failAtKey(`${where}: "${key}" must be a list`, key);
    return [];
  }

  string(
    obj: JsonObject,
    key: string,
    where: string,
    opts: { optional?: boolean; pattern?: RegExp; expected?: string } = {},
  ): string {
    const v = obj[key];
    if (v === undefined && opts.optional) return '';
    if (typeof v !== 'string' || v.trim() === '') {
      this.failAtKey(`${where}: "${key}" must be a non-empty string`, key);
      return '';
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.fail(
        `${where}: "${key}" is "${v}": expected ${opts.expected ?? opts.pattern.source}`,
        v,
        key,
      );
    }
    return v;
  }

  nullableString(obj: JsonObject, key: string, where: string): string | null {
    const v = obj[key];
    if (v === null || v === undefined) return null;
    return this.string(obj, key, where);
  }

  number(
    obj: JsonObject,
    key: string,
    where: string,
    opts: { optional?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): number | undefined {
    const v = obj[key];
    if (v === undefined && opts.optional) return undefined;
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      (!opts.integer || Number.isInteger(v)) &&
      (opts.min === undefined || v >= opts.min) &&
      (opts.max === undefined || v <= opts.max);
    if (!ok) {
      const range =
        opts.min !== undefined && opts.max !== undefined ? ` from ${opts.min} to ${opts.max}` : '';
      this.failAtKey(
        `${where}: "${key}" must be a${opts.integer ? 'n integer' : ' number'}${range}`,
        key,
      );
      return undefined;
    }
    return v;
  }

  strings(
    obj: JsonObject,
    key: string,
    where: string,
    opts: { optional?: boolean; nonEmpty?: boolean } = {},
  ): string[] {
    const v = obj[key];
    if (v === undefined && opts.optional) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      this.failAtKey(`${where}: "${key}" must be a list of non-empty strings`, key);
      return [];
    }
    if (opts.nonEmpty && v.length === 0)
      this.failAtKey(`${where}: "${key}" must not be empty`, key);
    return v as string[];
  }
}

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
