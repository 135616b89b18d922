/**
 * Timing script (not a test): `npx tsx lib/skills/build/bench-matcher.ts`. Builds the default
 * matcher once, then times `find` on a ~5,000-word job text after warm-up.
 * @module
 */
import { createDefaultSkillMatcher } from '../load-pack';

const paragraph =
  'We are hiring a Senior Platform Engineer to run Kubernetes and Terraform on AWS. You will write ' +
  'services in Go and Python, own CI/CD with GitHub Actions, and tune PostgreSQL and Redis. Strong ' +
  'communication, teamwork and problem-solving matter; you excel at mentoring. Nice to have: R, C++, ' +
  'Kafka, GCP, machine learning, infrastructure as code and observability with Prometheus. ' +
  'Our R&D team is a group of go-getters who care about reliability, incident response, the on-call ' +
  'rotation, documentation, accessibility, security reviews and long-term maintainability of systems. ';
const words = paragraph.split(/\s+/).length;
const text = paragraph.repeat(Math.ceil(5000 / words));

const t0 = performance.now();
const matcher = createDefaultSkillMatcher();
const buildMs = performance.now() - t0;
for (let i = 0; i < 20; i++) matcher.find(text);
const runs = 200;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const s = performance.now();
  matcher.find(text);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const pct = (p: number): string => (times[Math.floor((runs - 1) * p)] ?? 0).toFixed(2);
console.log(
  `words=${text.split(/\s+/).length} build=${buildMs.toFixed(0)}ms find: median=${pct(0.5)}ms p95=${pct(0.95)}ms max=${pct(1)}ms hits=${matcher.find(text).length}`,
);
