/**
 * Font roles of the print edition and the default files for each, from npm
 * packages (never from git). An office can point publication.yaml's
 * `print.fonts` at its own licensed files (方正小标宋, 仿宋_GB2312, 黑体) per role.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const FONT_ROLES = ['body', 'title', 'masthead', 'heiti', 'emphasis'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

export const ROLE_NAMES: Record<FontRole, string> = {
  body: '正文（仿宋）',
  title: '标题（小标宋）',
  masthead: '报头刊名',
  heiti: '黑体（小标题）',
  emphasis: '强调',
};

const require = createRequire(import.meta.url);

// Each package resolved by a literal name: the CLI bundle resolves such calls once, when it is made
// (scripts/lib/bundle-plugins.cjs), instead of on every run.
const serif = (file: string) => join(dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')), file);
const sans = (file: string) => join(dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), file);

export const DEFAULT_FONT_FILES: Record<FontRole, () => string> = {
  body: () => serif('400Regular/NotoSerifSC_400Regular.ttf'),
  title: () => serif('700Bold/NotoSerifSC_700Bold.ttf'),
  masthead: () => serif('900Black/NotoSerifSC_900Black.ttf'),
  heiti: () => sans('500Medium/NotoSansSC_500Medium.ttf'),
  emphasis: () => serif('700Bold/NotoSerifSC_700Bold.ttf'),
};

/** The file for each role: the office's own where publication.yaml names one, else the default. */
export function fontFiles(root: string, configured: Partial<Record<FontRole, string>> = {}): Record<FontRole, string> {
  return Object.fromEntries(
    FONT_ROLES.map((role) => [role, configured[role] ? resolve(root, configured[role]) : DEFAULT_FONT_FILES[role]()]),
  ) as Record<FontRole, string>;
}
