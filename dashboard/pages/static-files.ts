import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { publicPage } from '../dashboard-context.ts';

const CSS_PATH = fileURLToPath(new URL('../static/dashboard.css', import.meta.url));
let css: Promise<string> | null = null;

export const stylesheet = publicPage(async () => ({
  status: 200,
  headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  body: await (css ??= readFile(CSS_PATH, 'utf8')),
}));
