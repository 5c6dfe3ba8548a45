// CodeMirror 6 on the label config. Loaded on demand (see config-editor.tsx), so only the setup
// screen downloads it. Tab is left to the browser: it moves focus on, so the editor is never a
// keyboard trap; Ctrl+] / Ctrl+[ indent instead (the hint under the label says so).
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { xml } from '@codemirror/lang-xml';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { ConfigError } from '../../../../../shared/label-config/config-error';
import { toDiagnostics } from '../../setup/config-diagnostics';
import { xmlHighlight } from './xml-highlight';
import './xml-code-editor.css';

export interface CodeEditorHandle {
  /** Puts the cursor at a 1-based line and column and focuses the editor. */
  goTo(line: number, column?: number): void;
}

export interface XmlCodeEditorProps {
  value: string;
  onChange(value: string): void;
  errors: readonly ConfigError[];
  labelledBy: string;
  describedBy: string;
  invalid: boolean;
  ref?: Ref<CodeEditorHandle>;
}

type AttributeProps = Pick<XmlCodeEditorProps, 'labelledBy' | 'describedBy' | 'invalid'>;

function contentAttributes(props: AttributeProps): Record<string, string> {
  const attrs: Record<string, string> = {
    'aria-labelledby': props.labelledBy,
    'aria-describedby': props.describedBy,
    'aria-multiline': 'true',
  };
  if (props.invalid) attrs['aria-invalid'] = 'true';
  return attrs;
}

export function XmlCodeEditor(props: XmlCodeEditorProps) {
  const { value, errors, ref, labelledBy, describedBy, invalid } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [attributes] = useState(() => new Compartment());
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(xmlHighlight),
          xml(),
          lintGutter(),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          attributes.of(EditorView.contentAttributes.of(contentAttributes(latest.current))),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [attributes]);

  useEffect(() => {
    view.current?.dispatch({
      effects: attributes.reconfigure(
        EditorView.contentAttributes.of(contentAttributes({ labelledBy, describedBy, invalid })),
      ),
    });
  }, [attributes, labelledBy, describedBy, invalid]);

  // A template or a reset replaced the text from outside.
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch(setDiagnostics(editor.state, toDiagnostics(editor.state.doc, errors)));
  }, [errors]);

  useImperativeHandle(ref, () => ({
    goTo(line, column = 1) {
      const editor = view.current;
      if (!editor) return;
      const doc = editor.state.doc;
      const target = doc.line(Math.min(Math.max(1, line), doc.lines));
      const anchor = target.from + Math.min(Math.max(0, column - 1), target.length);
      editor.dispatch({ selection: { anchor }, scrollIntoView: true });
      editor.focus();
    },
  }));

  return <div ref={host} className="xml-code-editor" />;
}
