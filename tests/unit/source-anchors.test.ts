import { describe, expect, it } from 'vitest';
import { metrics, sourceText } from '../../src/lib/content/data';
import { anchorOfTask, anchorOfWording, paragraphAnchors } from '../../src/lib/outputs/cite/source-anchors';

describe('source text anchors', () => {
  const ids = paragraphAnchors(sourceText.paragraphs);

  it('gives every paragraph a unique id taken from the numbering, not the language', () => {
    expect(ids).toHaveLength(sourceText.paragraphs.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(ids).toContain('part-1');
    expect(ids).toContain('part-2-3');
    expect(ids).toContain('part-1-p2');
  });

  it('finds each of the 12 tasks and each target in the text', () => {
    for (let task = 1; task <= 12; task += 1) {
      const id = anchorOfTask(sourceText.paragraphs, task);
      expect(id).toBe(`item-${task}`);
      expect(sourceText.paragraphs[ids.indexOf(id!)]!.zh).toMatch(new RegExp(`^${task}\\.`));
    }
    for (const metric of metrics)
      expect(anchorOfWording(sourceText.paragraphs, metric.planWording), metric.id).toMatch(/^part-1-p[2-4]$/);
  });

  it('keeps an id when a paragraph elsewhere is added, and never repeats one', () => {
    const paragraph = (zh: string) => ({ kind: 'paragraph' as const, zh, en: zh });
    const before = paragraphAnchors([paragraph('一、目标'), paragraph('甲'), paragraph('1. 任务')]);
    const after = paragraphAnchors([
      paragraph('前言'),
      paragraph('一、目标'),
      paragraph('甲'),
      paragraph('1. 任务'),
      paragraph('1. 任务'),
    ]);
    expect(before).toEqual(['part-1', 'part-1-p1', 'item-1']);
    expect(after).toEqual(['head-p1', 'part-1', 'part-1-p1', 'item-1', 'item-1-2']);
  });
});
