// Runs axe-core (the npm package, never fetched) inside a page or frame of the extension and
// returns its violations in a form a failed expectation can print: rule, impact, help and the
// offending nodes. Injected through the DevTools protocol (Playwright's evaluate), which the
// extension pages' script CSP does not apply to; nothing is added to the shipped extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

export type AxeViolation = { id: string; impact: string; help: string; nodes: string[] };
/** The violations, and how many rules found something to judge (none would mean an empty page). */
export type AxeOutcome = { violations: AxeViolation[]; rulesApplied: number };

/** axe-core's options for a run (rules to switch off, with reasons, stay with the caller). */
export type AxeRunOptions = { rules?: Record<string, { enabled: boolean }> };

export async function runAxe(
  target: Page | Frame,
  options: AxeRunOptions = {},
): Promise<AxeOutcome> {
  const source = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await target.evaluate(source);
  return target.evaluate(async (runOptions) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            passes: unknown[];
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: unknown[]; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, runOptions);
    return {
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map(
          (node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`,
        ),
      })),
      rulesApplied: result.passes.length + result.violations.length,
    };
  }, options);
}
