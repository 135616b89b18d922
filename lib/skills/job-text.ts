/**
 * Job-posting text: split a description into required vs preferred sections by headings
 * (PROVIDERS.md §2.3). Reading postings from pages and strings is lib/roles' job.
 * @module
 */
/** Required and preferred (nice-to-have) parts of a job description. */
export interface RequirementsSplit {
  readonly required: string;
  readonly preferred: string;
}

/**
 * Splits job text by section headings. "Requirements", "What you'll need", "Qualifications",
 * "Must have" start required sections; "Nice to have", "Preferred", "Bonus", "Pluses" start
 * preferred ones. Text before any heading counts as required.
 */
export function splitRequirements(text: string): RequirementsSplit {
  const required: string[] = [];
  const preferred: string[] = [];
  let target = required;
  for (const line of text.split(/\r?\n/)) {
    const heading = classifyHeading(line);
    if (heading === 'preferred') target = preferred;
    else if (heading === 'required') target = required;
    target.push(line);
  }
  return { required: required.join('\n').trim(), preferred: preferred.join('\n').trim() };
}

const REQUIRED_HEADINGS =
  /^(requirements?|what you('|’)?ll need|what we('|’)?re looking for|qualifications?|minimum qualifications|basic qualifications|must[- ]haves?|required( skills| qualifications)?|you have|who you are)$/;
const PREFERRED_HEADINGS =
  /^(nice[- ]to[- ]haves?|preferred( qualifications| skills)?|bonus( points)?|pluses|plus|it('|’)?s a plus if|good to have|desired( skills| qualifications)?)$/;

function classifyHeading(line: string): 'required' | 'preferred' | undefined {
  const t = line
    .replace(/^[\s#*•\-–—>]+|[\s:*!.]+$/g, '')
    .trim()
    .toLowerCase();
  if (t === '' || t.length > 60) return undefined;
  if (PREFERRED_HEADINGS.test(t)) return 'preferred';
  if (REQUIRED_HEADINGS.test(t)) return 'required';
  return undefined;
}
