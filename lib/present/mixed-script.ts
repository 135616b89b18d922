// Mixed-script names (UTS #39 §5.1 "Mixed-Script Detection"): a name whose letters cannot all
// belong to one script, such as Latin with a Cyrillic "а", is how look-alike names are made.
// Script_Extensions come from the JavaScript engine's own Unicode tables (\p{scx=…}).

/**
 * Script codes (ISO 15924, UAX #24) that \p{scx=…} may name. Codes the running engine does not
 * know are skipped, so an older engine simply sees fewer scripts (its own Unicode version).
 */
const SCRIPT_CODES =
  'Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Berf Bhks Bopo Brah Brai Bugi Buhd Cakm Cans Cari Cham Cher Chis Chrs Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Gara Geor Glag Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp Hung Ital Java Kali Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Latn Lepc Limb Lina Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc Mero Mlym Modi Mong Mroo Mtei Mult Mymr Nagm Nand Narb Nbat Newa Nkoo Nshu Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd Sidt Sind Sinh Sogd Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale Talu Taml Tang Tavt Tayo Telu Tfng Tglg Thaa Thai Tibt Tirh Tnsa Todr Tols Toto Tutg Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb';
/** Common and Inherited characters (spaces, digits, punctuation, combining marks) fit any script. */
const ANY_SCRIPT = /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u;
/** UTS #39 §5.1: Han, kana, Hangul and Bopomofo also count as the writing systems using them. */
const AUGMENTED: Readonly<Record<string, readonly string[]>> = {
  Hani: ['Hanb', 'Jpan', 'Kore'],
  Hira: ['Jpan'],
  Kana: ['Jpan'],
  Hang: ['Kore'],
  Bopo: ['Hanb'],
};

/**
 * The scripts `value` mixes when no single script covers all its letters (its resolved script
 * set is empty), each letter's first script in order of appearance; undefined when it does not.
 */
export function mixedScripts(value: string): string[] | undefined {
  // Plain ASCII letters are all Latin: most names stop here.
  if (/^\p{ASCII}*$/u.test(value)) return undefined;
  const scripts = scriptMatchers();
  let resolved: Set<string> | undefined;
  const seen: string[] = [];
  for (const point of value.normalize('NFC')) {
    if (ANY_SCRIPT.test(point)) continue;
    const own = scripts.filter(([, pattern]) => pattern.test(point)).map(([code]) => code);
    if (own.length === 0) continue;
    const first = own[0] as string;
    if (!seen.includes(first)) seen.push(first);
    const augmented = new Set(own.flatMap((code) => [code, ...(AUGMENTED[code] ?? [])]));
    resolved =
      resolved === undefined
        ? augmented
        : new Set([...resolved].filter((code) => augmented.has(code)));
  }
  return resolved !== undefined && resolved.size === 0 ? seen : undefined;
}

/** One \p{scx=…} test per script the engine knows, built per call (no module state). */
function scriptMatchers(): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  for (const code of SCRIPT_CODES.split(' ')) {
    try {
      out.push([code, new RegExp(`^\\p{scx=${code}}$`, 'u')]);
    } catch {
      // An engine older than this script's Unicode version.
    }
  }
  return out;
}
