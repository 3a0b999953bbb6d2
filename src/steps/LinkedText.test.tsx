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
});
