// The renderer registry's type: one React component per tag a View may contain, keyed by the
// parser's union, so a tag without a renderer is a type error (design.md, Registries).
import type { ComponentType } from 'react';
import type { LayoutChild } from '../../../../shared/label-config/tag-tree';

export type LayoutTagName = LayoutChild['tag'];
export type NodeOfTag<T extends LayoutTagName> = Extract<LayoutChild, { tag: T }>;
export type Renderer<T extends LayoutTagName> = ComponentType<{ node: NodeOfTag<T> }>;
export type RendererRegistry = { readonly [T in LayoutTagName]: Renderer<T> };
