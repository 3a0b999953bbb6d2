import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from './ExternalLink.tsx';

describe('ExternalLink', () => {
  it('opens in a new tab and says so visibly, inside the link', () => {
    render(<ExternalLink link={{ label: 'Self-service password reset', href: 'https://learn.microsoft.com/' }} />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const note = link.querySelector('.new-tab-note');
    expect(note).not.toBeNull();
    expect(link.querySelector('.visually-hidden, [aria-hidden]')).toBeNull();
    expect(link.textContent).toBe(`Self-service password reset${note?.textContent}`);
  });
});
