// The recruiting sites the content script runs on by default (the list: LinkedIn
// profiles and jobs, GitHub profiles and READMEs, Greenhouse, Lever, Indeed, Workday, Ashby).
// Any other site only when the user enables it.

export const RECRUITING_SITE_MATCHES = [
  'https://www.linkedin.com/*',
  'https://github.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://*.indeed.com/*',
  'https://*.myworkdayjobs.com/*',
  'https://jobs.ashbyhq.com/*',
] as const;
