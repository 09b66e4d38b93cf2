/**
 * The contract every bench measurement follows: one file, one `measure` function, returning rows
 * of the single table `npm run bench` prints. A figure's baseline is measured in the same run.
 */
export interface BenchContext {
  /** The production server under test, e.g. http://127.0.0.1:3290. */
  baseUrl: string;
  /** Chromium for Lighthouse and browser measurements (CHROMIUM_PATH or the first on PATH). */
  chromiumPath: string | undefined;
  /** The built article every page measurement reads. */
  readerPath: string;
  libraryPath: string;
  /** Shorter runs for a quick look (`npm run bench -- --quick`); a committed result is a full run. */
  quick: boolean;
}

export interface Figure {
  section: string;
  measure: string;
  value: string;
  /** What the value is compared with, measured in the same run ("" when none). */
  baseline?: string;
  /** The goal, as written in the issue that set it. */
  target?: string;
  /** Whether the value meets the target; undefined when there is none or it could not be measured. */
  met?: boolean;
  /** The number behind `value`, for the JSON file. */
  number?: number;
}

export type Measurement = (context: BenchContext) => Promise<Figure[]>;
