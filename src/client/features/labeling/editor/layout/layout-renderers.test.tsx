import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLabelConfigOrThrow } from '../../../../../shared/label-config/parse';
import { editorActions } from '../../stores/editor-store';
import { loadFixture, renderEditor } from '../controls/editor-harness.test-support';
import { sanitizeInlineStyle, scopeStyleSheet, splitSelectors } from './css-sanitize';

afterEach(() => editorActions.taskClosed());

describe('scopeStyleSheet (<Style>)', () => {
  it('scopes every rule under the editor root, including inside @media', () => {
    const css = scopeStyleSheet(
      '.a, h2 > b { color: red } body { margin: 0 } @media (min-width: 1px) { .b { color: blue } }',
    );
    expect(css).toContain('[data-editor-root] .a, [data-editor-root] h2 > b { color: red; }');
    // `body` means the whole labeling area (shorthands may come back as longhands).
    expect(css).toMatch(/\n\[data-editor-root\] \{ margin(-top)?: 0(px)?;/);
    expect(css).toMatch(
      /@media \(min-width: ?1px\) \{ \[data-editor-root\] \.b \{ color: blue; \}/,
    );
  });

  it('drops @import, position: fixed, foreign url() and script hooks; keeps the rest', () => {
    const css = scopeStyleSheet(
      `@import url("https://evil.example/x.css");
       .x { position: fixed; color: green; background-image: url("https://evil.example/t.png") }
       .y { background-image: url("/local.png"); width: expression(alert(1)); behavior: url(x.htc) }
       .z { position: sticky !important }`,
    );
    expect(css).not.toMatch(/@import|evil\.example|fixed|expression|behavior/);
    expect(css).toContain('[data-editor-root] .x { color: green; }');
    expect(css).toContain('url("/local.png")');
    expect(css).toContain('position: sticky !important;');
  });

  it('splits selector lists only on top-level commas', () => {
    expect(splitSelectors('a, :is(b, c), [d=","]')).toEqual(['a', ':is(b, c)', '[d=","]']);
  });
});

describe('sanitizeInlineStyle (<View style>)', () => {
  it('keeps layout declarations as a React style object and drops unsafe ones', () => {
    expect(
      sanitizeInlineStyle(
        'display: flex; padding-left: 4px; position: fixed; background-image: url(/x.png); --gap: 2px',
      ),
    ).toEqual({ display: 'flex', paddingLeft: '4px', '--gap': '2px' });
    expect(sanitizeInlineStyle('position: sticky')).toBeUndefined();
    expect(sanitizeInlineStyle(undefined)).toBeUndefined();
  });
});

describe('layout renderers', () => {
  it('renders Header with $vars as a heading and Views with their style', () => {
    const { config, tasks } = loadFixture('multi');
    renderEditor(config, tasks[0]!.data);
    expect(screen.getByRole('heading', { name: 'Review: Blender', level: 4 })).toBeInTheDocument();
  });

  it('clamps Header size 8 to h6, underlines, and renders Style scoped', () => {
    const config = parseLabelConfigOrThrow(`<View>
      <Style>.box { color: red; position: fixed }</Style>
      <View style="display: flex; position: fixed" className="box">
        <Header value="Small print" size="8" underline="true"/>
      </View>
    </View>`);
    const { container } = renderEditor(config, {});
    const heading = screen.getByRole('heading', { name: 'Small print', level: 6 });
    expect(heading).toHaveClass('lc-header--8', 'lc-header--underline');
    const view = heading.parentElement!;
    expect(view).toHaveClass('lc-view', 'box');
    expect(view.style.display).toBe('flex');
    expect(view.style.position).toBe('');
    expect(container.querySelector('style')?.textContent).toBe(
      '[data-editor-root] .box { color: red; }',
    );
  });
});
