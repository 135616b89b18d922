// The usage text of `skills` and `match`, apart from the commands themselves: `credlens --help`
// prints it without loading the skills pack those commands read.

export const SKILLS_USAGE = `Usage: credlens skills [--json] [--insecure-localhost] <file|url|->...
       credlens match --role <file|url> [--json] [--insecure-localhost] [--now <ISO-8601>] [--holder-name <name>] <credential file|url>...

skills  extracts the skills a job posting asks for (text, HTML, JobPosting JSON-LD), required or preferred.
match   verifies a candidate's credentials and reports which of the role's skills they back;
        with --holder-name, a credential in another person's name backs nothing ("misattributed").
Exit status: 0 success, 1 nothing usable (unreadable input; for match, no verified or confirmed credential), 2 usage.`;
