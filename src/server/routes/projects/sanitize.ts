import sanitizeHtml from 'sanitize-html';

/**
 * Instructions are HTML shown to annotators: keep formatting, links and images; drop scripts,
 * event handlers, forms, iframes and javascript: URLs.
 */
export function sanitizeInstruction(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2', 'span'],
    allowedAttributes: {
      ...sanitizeHtml.defaults.allowedAttributes,
      '*': ['class', 'title', 'lang', 'dir'],
      img: ['src', 'alt', 'width', 'height'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'data'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  });
}
