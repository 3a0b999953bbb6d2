import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkedText } from './LinkedText.tsx';

describe('LinkedText', () => {
  it('links every web address and leaves the punctuation after it outside the link', () => {
    const { container } = render(
      <p>
        <LinkedText text="Go to https://aka.ms/sspr. Then open https://aka.ms/mysecurityinfo, or (https://admin.microsoft.com)." />
      </p>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://aka.ms/sspr',
      'https://aka.ms/mysecurityinfo',
      'https://admin.microsoft.com',
    ]);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(container.textContent).toMatch(
      /^Go to https:\/\/aka\.ms\/sspr.* Then open .*, or \(https:\/\/admin\.microsoft\.com.*\)\.$/,
    );
  });

  it('leaves text without addresses as it is', () => {
    const { container } = render(<LinkedText text="No link here: msonlineservicesteam@microsoft.com." />);
    expect(container.textContent).toBe('No link here: msonlineservicesteam@microsoft.com.');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says visibly, inside the link, that it opens in a new tab', () => {
    render(<LinkedText text="Go to https://aka.ms/sspr." />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('target', '_blank');
    const note = link.querySelector('.new-tab-note');
    expect(note).not.toBeNull();
    // Visible: nothing in the link is for screen readers only.
    expect(link.querySelector('.visually-hidden')).toBeNull();
    expect(link.textContent).toBe(`https://aka.ms/sspr${note?.textContent}`);
  });

  it('shows a command between backticks as code, not translated, and links the rest', () => {
    const { container } = render(
      <p>
        <LinkedText text="Run `Connect-MgGraph -Scopes Policy.Read.All` at https://aka.ms/sspr, then `True`." />
      </p>,
    );
    const code = [...container.querySelectorAll('code')];
    expect(code.map((element) => element.textContent)).toEqual(['Connect-MgGraph -Scopes Policy.Read.All', 'True']);
    expect(code[0]).toHaveAttribute('translate', 'no');
    expect(container.textContent).not.toContain('`');
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://aka.ms/sspr');
  });

  it('does not link an address inside code', () => {
    render(<LinkedText text="The value `https://example.com/x` is an example." />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
