// Short YAML fields (questions, items, cells) are plain text in the model; authors still type *emphasis* in them.

/** Removes inline Markdown markers (`**b**`, `*i*`, `_i_`, `` `c` ``) so they never print literally. */
export function stripInlineMarkdown(text: string): string {
  if (!/[*_`]/.test(text)) return text;
  return text
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/(^|[^\w])__(?=\S)(.+?)(?<=\S)__(?!\w)/g, '$1$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
