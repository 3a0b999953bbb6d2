import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { takeTitle } from './entry-server.tsx';

describe('takeTitle', () => {
  it("gives the title as React's text, unescaped, for the one escape in <head>", () => {
    const title = `Can't sign in? Tom & "Jerry" <help>`;
    const markup = renderToStaticMarkup(
      <>
        <title>{title}</title>
        <main>body</main>
      </>,
    );
    expect(markup).toContain('&#x27;');
    expect(takeTitle(markup)).toEqual({ html: '<main>body</main>', title });
  });

  it('leaves markup without a title as it is', () => {
    expect(takeTitle('<main>x</main>')).toEqual({ html: '<main>x</main>', title: undefined });
  });
});
