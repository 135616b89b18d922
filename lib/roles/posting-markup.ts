/**
 * A job posting given as a string rather than a page (pasted into the popup, or a file the CLI
 * cannot lay out as a DOM): a JobPosting JSON document, HTML whose JobPosting JSON-LD is read
 * with the same mapping as on a page, or plain text whose first short line is the title.
 * @module
 */
import { htmlToText } from '../skills';
import { labelText, tidyText } from './dom';
import { jobPostingFromJson } from './json-ld';
import type { JobPostingInfo } from './types';

/** What a string says about its posting; `source` is 'json-ld' only when JSON-LD was read. */
export type PostingOfString = Omit<JobPostingInfo, 'source'> & { source: 'json-ld' | 'text' };

const LD_SCRIPT =
  /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The posting a string holds (never `undefined`: at worst its text). */
export function postingOfString(content: string): PostingOfString {
  const trimmed = content.trim();
  if (/^[[{]/.test(trimmed)) {
    const fromJson = jobPostingFromJson(parseJson(trimmed));
    if (fromJson) return { ...fromJson, source: 'json-ld' };
  }
  if (looksLikeHtml(trimmed)) {
    const scripts = [...trimmed.matchAll(LD_SCRIPT)].map((m) => parseJson(m[1] ?? ''));
    const fromLd = jobPostingFromJson(scripts);
    if (fromLd && fromLd.text !== '') return { ...fromLd, source: 'json-ld' };
    return { text: tidyText(htmlToText(trimmed)), source: 'text' };
  }
  const title = titleOfText(trimmed);
  return { ...(title === undefined ? {} : { title }), text: tidyText(trimmed), source: 'text' };
}

/** True when the string is an HTML document or fragment rather than text. */
export function looksLikeHtml(content: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<div|<section|<main|<article|<script|<p>|<h[1-6])/i.test(
    content,
  );
}

/** A plain-text posting's title: its first line, when that line is short and not a sentence. */
function titleOfText(text: string): string | undefined {
  const first = text
    .split(/\r?\n/)
    .find((line) => line.trim() !== '')
    ?.trim();
  return first !== undefined && first.length <= 120 && !/[.!?:]$/.test(first)
    ? labelText(first)
    : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return undefined;
  }
}
