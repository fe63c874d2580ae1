import { composeModels } from '/work/main/src/build.ts';
import { layoutSlides } from '/work/main/src/layout/index.ts';
const dir = process.argv[2] ?? 'content';
const clients = process.argv[3] ? [process.argv[3]] : [];
const r: any = await composeModels({ contentDir: dir, outDir: '/tmp/x', clients } as any);
for (const model of r.models) {
  const layout = layoutSlides(model);
  console.log('client', model.client.id ?? model.client.name);
  layout.pages.forEach((p: any, i: number) => {
    if (p.kind !== 'section' && !(p.master === 'CONTENT' && layout.pages[i - 1]?.kind === 'section' && p.slideId === layout.pages[i - 1].slideId)) return;
    const sizes = p.elements.filter((e: any) => e.kind === 'text').flatMap((e: any) => e.paras.map((q: any) => `${q.role}:${q.sizePt}`));
    console.log(i + 1, p.kind, p.master, p.part, '/', p.parts, [...new Set(sizes)].join(' '));
  });
}
