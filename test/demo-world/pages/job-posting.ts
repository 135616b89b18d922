// A Greenhouse-like job page (/jobs/platform-engineer) carrying schema.org JobPosting JSON-LD
// (PROVIDERS.md §2.3–2.4): title, HTML description with Requirements and Nice to have, the
// usual ATS fields, and the same text in the DOM (.job__title, .job__description).

import { esc } from './html';

export const JOB_PATH = '/jobs/platform-engineer';

const REQUIREMENTS = [
  '5+ years running production Kubernetes clusters (upgrades, networking, autoscaling)',
  'Deep experience with AWS (EKS, IAM, VPC, RDS) and its cost model',
  'Infrastructure as code with Terraform, including writing and versioning modules',
  'Strong programming skills in Go; you have written a controller or CLI tool',
  'Built and maintained CI/CD pipelines (GitHub Actions, Argo CD or similar)',
];
const NICE_TO_HAVE = [
  'CKA or CKAD certification',
  'Observability with Prometheus and OpenTelemetry',
  'Supply-chain security: SBOMs, signed artifacts, SLSA',
  'Experience with verifiable credentials or Open Badges',
];

export function jobPostingPage(origin: string): string {
  const list = (items: string[]) =>
    `<ul>${items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
  const description = `<p><strong>About the role</strong></p><p>Analytical Engines Ltd is hiring a Senior Platform Engineer to run the platform 200 engineers ship on: multi-region Kubernetes on AWS, provisioned with Terraform and deployed through CI/CD.</p><p><strong>What you will do</strong></p><ul><li>Own cluster lifecycle, capacity and reliability</li><li>Design golden paths for service teams</li><li>Lead incident reviews and on-call improvements</li></ul><p><strong>Requirements</strong></p>${list(REQUIREMENTS)}<p><strong>Nice to have</strong></p>${list(NICE_TO_HAVE)}`;
  const posting = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Senior Platform Engineer',
    description,
    identifier: { '@type': 'PropertyValue', name: 'Analytical Engines Ltd', value: '4823019' },
    datePosted: '2026-11-02',
    validThrough: '2027-01-31T23:59',
    employmentType: 'FULL_TIME',
    hiringOrganization: {
      '@type': 'Organization',
      name: 'Analytical Engines Ltd',
      sameAs: `${origin}/`,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'London',
        addressRegion: 'England',
        addressCountry: 'GB',
      },
    },
    jobLocationType: 'TELECOMMUTE',
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'GBP',
      value: { '@type': 'QuantitativeValue', minValue: 95000, maxValue: 120000, unitText: 'YEAR' },
    },
    skills: 'Kubernetes, AWS, Terraform, Go, CI/CD',
    occupationalCategory: '15-1244.00 Network and Computer Systems Administrators',
  };
  // `<` escaped so no text inside the JSON can close the script element.
  const jsonLd = JSON.stringify(posting, null, 2).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Job Application for Senior Platform Engineer at Analytical Engines Ltd</title>
<script type="application/ld+json">
${jsonLd}
</script>
<style>
body{margin:0;font:16px/1.6 "Helvetica Neue",Helvetica,Arial,sans-serif;color:#333;background:#fff}
.job__header{max-width:760px;margin:0 auto;padding:40px 24px 8px}
.logo{display:inline-block;padding:6px 12px;border-radius:6px;background:#1e3a5f;color:#fff;font-weight:700;letter-spacing:.02em}
.job__title h1{font-size:32px;line-height:1.2;margin:24px 0 4px;color:#15212b}
.job__location{color:#6b7781}
.job__description{max-width:760px;margin:0 auto;padding:8px 24px 24px;border-bottom:1px solid #e6e9ec}
.job__description ul{padding-left:22px}
.application--form{max-width:760px;margin:0 auto;padding:24px}
.application--form label{display:block;font-weight:600;margin:16px 0 4px}
.application--form input{width:100%;padding:10px;border:1px solid #c4ccd3;border-radius:4px;font:inherit;box-sizing:border-box}
.btn--pill{margin-top:24px;padding:12px 28px;border:0;border-radius:999px;background:#15212b;color:#fff;font:600 16px sans-serif}
footer{max-width:760px;margin:0 auto;padding:24px;color:#6b7781;font-size:13px}
</style></head>
<body>
<div class="job__header"><span class="logo">ANALYTICAL ENGINES</span>
<div class="job__title"><h1 class="section-header section-header--large font-primary">Senior Platform Engineer</h1></div>
<div class="job__location">London, England (Hybrid) · Full-time · £95,000 – £120,000</div></div>
<div class="job__description body">${description}</div>
<form class="application--form" onsubmit="return false">
<h2>Apply for this job</h2>
<label for="first_name">First Name*</label><input id="first_name" autocomplete="given-name">
<label for="last_name">Last Name*</label><input id="last_name" autocomplete="family-name">
<label for="email">Email*</label><input id="email" type="email" autocomplete="email">
<label for="linkedin">LinkedIn Profile</label><input id="linkedin" placeholder="https://www.linkedin.com/in/…">
<button class="btn--pill" type="submit">Submit application</button>
</form>
<footer>Powered by <strong>greenhouse</strong> · Demo page: not a real job</footer>
</body></html>
`;
}
