import { describe, expect, it, vi } from 'vitest';

// The first download of the English UI text fails (a lost connection), the next one works.
const loadCommon = vi.fn();
vi.mock('./i18n.ts', () => ({ loadCommon, loadCatalog: vi.fn(), loadFlowSteps: vi.fn() }));
vi.mock('./flow-registry.ts', () => ({ isFlowId: () => false }));

describe('text resources', () => {
  it('try again after a failed download instead of remembering the failure', async () => {
    const { languageText, languageTextReady } = await import('./text-resource.ts');
    loadCommon.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    await expect(languageText('en')).rejects.toThrow('offline');
    expect(languageTextReady('en')).toBe(false);
    await expect(languageText('en')).resolves.toBeUndefined();
    expect(languageTextReady('en')).toBe(true);
    expect(loadCommon).toHaveBeenCalledTimes(2);
  });
});
