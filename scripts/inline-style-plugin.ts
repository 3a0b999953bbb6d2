/**
 * Vite plugin: the stylesheet asset of the app's entry holds exactly the
 * inline styles' text (scripts/inline-style.mjs), so that the page's inline
 * `<style>` and the stylesheet a page falls back to (when a host's CSP lacks
 * the hash, or without JavaScript) are the same bytes. Fails the build if the
 * entry imports any CSS but src/app/styles.css: the inline text, and with it
 * the CSP's hash, is made from that one file.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { inlineStyleText, STYLE_SOURCE } from './inline-style.mjs';

const CSS = /\.css(?:$|\?)/;

export function inlineStyleAsset(): Plugin {
  let root = '';
  return {
    name: 'inline-style-asset',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const sources = Object.keys(chunk.modules).filter((id) => CSS.test(id));
        const expected = resolve(root, STYLE_SOURCE);
        if (sources.length !== 1 || resolve(sources[0] ?? '') !== expected)
          throw new Error(
            `The entry ${chunk.name} imports CSS from ${sources.join(', ') || 'nowhere'}: only ${STYLE_SOURCE}, which is inlined (scripts/inline-style.mjs)`,
          );
        const assets = [...(chunk.viteMetadata?.importedCss ?? [])];
        const asset = assets.length === 1 ? bundle[assets[0] as string] : undefined;
        if (asset?.type !== 'asset') throw new Error(`The entry ${chunk.name} has ${assets.length} stylesheets, not 1`);
        asset.source = inlineStyleText(root);
      }
    },
  };
}
