// Preview page composition root: reads the learner's file, text or link, asks the worker to
// preview it (previewCredential), and matches the skills of the answer with a matcher built on
// first use (the skills pack is large, so it loads in its own chunk only when needed).
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import {
  PreviewPage,
  type PreviewSkill,
  type PreviewState,
} from '../../components/preview/preview-page';
import { t, uiLanguage } from '../../components/ui/i18n';
import type { BadgeView, PreviewInput, Seal } from '../../lib/messaging';
import { createMessenger } from '../../lib/messaging';

/** As large a file as a recruiter's badge reads from a link (baked images included). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The longest link the protocol carries. */
const MAX_URL_CHARS = 2048;
/** The protocol's cap on pasted text. */
const MAX_TEXT_CHARS = 2 * 1024 * 1024;

type SkillsOf = (evidence: BadgeView['evidence']) => PreviewSkill[];

const root = document.getElementById('app');
// The page is in the browser's language (components/ui/i18n.tsx), and says so.
document.documentElement.lang = uiLanguage();
document.title = t('previewTitle');
if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  let state: PreviewState = { kind: 'idle' };
  let seal: Seal | undefined;
  let latest = 0;
  let skillsOf: Promise<SkillsOf> | undefined;
  const draw = () =>
    render(
      <PreviewPage
        state={state}
        seal={seal}
        onFile={(file) => void checkFile(file)}
        onText={(text) => void checkText(text)}
        onUrl={(url) => void checkUrl(url)}
      />,
      root,
    );
  const show = (next: PreviewState) => {
    state = next;
    draw();
  };

  async function checkFile(file: File) {
    const id = ++latest;
    if (file.size > MAX_FILE_BYTES) {
      const size = MAX_FILE_BYTES / 1024 / 1024;
      show({
        kind: 'error',
        message: t('previewFileTooLarge', file.name, size),
      });
      return;
    }
    show({ kind: 'checking', source: file.name });
    const base64 = await readBase64(file);
    if (id !== latest) return;
    if (base64 === undefined) {
      show({
        kind: 'error',
        message: t('previewFileUnreadable', file.name),
      });
      return;
    }
    await check({ kind: 'bytes', base64, name: file.name.slice(0, 256) }, file.name);
  }

  async function checkUrl(url: string) {
    if (url.length > MAX_URL_CHARS) {
      ++latest;
      show({
        kind: 'error',
        message: t('previewLinkTooLong', MAX_URL_CHARS),
      });
      return;
    }
    await check({ kind: 'url', url }, url);
  }

  async function checkText(text: string) {
    if (text.length > MAX_TEXT_CHARS) {
      ++latest;
      show({ kind: 'error', message: t('previewTextTooLong', MAX_TEXT_CHARS / 1024 / 1024) });
      return;
    }
    await check({ kind: 'text', text }, t('previewPastedSource'));
  }

  async function check(input: PreviewInput, source: string) {
    const id = ++latest;
    show({ kind: 'checking', source });
    const response = await send('previewCredential', { input });
    // A newer check started meanwhile: its answer is the one to show.
    if (id !== latest) return;
    if (response === undefined) {
      show({
        kind: 'error',
        message: t('previewFailed'),
      });
      return;
    }
    show({ kind: 'done', source, view: response.view, diagnostics: response.diagnostics });
    skillsOf ??= loadSkillsOf();
    const skills = await skillsOf.then(
      (of) => of(response.view.evidence),
      () => [],
    );
    if (id !== latest || state.kind !== 'done') return;
    show({ ...state, skills });
  }

  draw();
  seal = (await send('getSeal', {}))?.seal;
  draw();
}

async function loadSkillsOf(): Promise<SkillsOf> {
  const [{ extensionSkillMatcher }, { skillsOfEvidence }] = await Promise.all([
    import('../../lib/extension'),
    import('../../lib/matching'),
  ]);
  const matcher = await extensionSkillMatcher();
  return (evidence) => skillsOfEvidence(evidence, matcher);
}

/** The file's bytes as standard base64, or undefined when the browser cannot read it. */
async function readBase64(file: File): Promise<string | undefined> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    // In slices: spreading megabytes into one call overflows the argument limit.
    for (let offset = 0; offset < bytes.length; offset += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    return btoa(binary);
  } catch {
    return undefined;
  }
}
