// Types of icon.mjs for the tests that import it.
export function renderPng(svg: Buffer | string, size: number): Buffer;
export function icoOf(pngs: { size: number; png: Buffer }[]): Buffer;
export function renderIcons(dir?: string): void;
