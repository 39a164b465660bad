// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, fireEvent } from '@testing-library/svelte';
import ThemeToggle from '../../../src/ui/controls/ThemeToggle.svelte';
import { renderInApp } from './context.ts';

afterEach(cleanup);

describe('the theme’s toggle', () => {
  it('is one button named "Dark theme", pressed when the dark theme shows, that asks for the other', async () => {
    const onToggle = vi.fn();
    renderInApp(ThemeToggle, { dark: true, onToggle });
    const button = screen.getByRole('button', { name: 'Dark theme' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.title).toMatch(/link keeps the choice/);
    await fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
    cleanup();
    renderInApp(ThemeToggle, { dark: false, onToggle });
    expect(screen.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
  });
});
