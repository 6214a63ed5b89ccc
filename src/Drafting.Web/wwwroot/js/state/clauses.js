// The resolution's clauses in reading order: what the page's state and the text view both walk.

/** Every clause of a resolution in document order, with its printed label and list context. */
export function clausesOf(resolution) {
  const all = [];
  resolution.preambular.forEach((c, i) => all.push({ clause: c, kind: 'preambular', label: `PP ${i + 1}`, list: resolution.preambular, index: i, parentId: null, depth: 0 }));
  const walk = (items, parent, prefix, depth) => items.forEach((c, i) => {
    const label = `${prefix}${c.label}`;
    all.push({ clause: c, kind: 'subParagraph', label, list: items, index: i, parentId: parent.id, depth });
    walk(c.subparagraphs ?? [], c, label, depth + 1);
  });
  resolution.operative.forEach((c, i) => {
    all.push({ clause: c, kind: 'operative', label: `OP ${c.number}`, list: resolution.operative, index: i, parentId: null, depth: 0 });
    walk(c.subparagraphs ?? [], c, `OP ${c.number} `, 1);
  });
  return all;
}
