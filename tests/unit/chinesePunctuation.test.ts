import { describe, expect, it } from 'vitest';
import { findPunctuationIssues } from '../../src/lib/chinesePunctuation';

const rules = (text: string) => findPunctuationIssues(text).map((issue) => issue.rule);

describe('findPunctuationIssues', () => {
  it('accepts well-formed Chinese prose with English terms, numbers and formulas kept as they are', () => {
    expect(rules('用 LoRA（低秩适配）微调 Llama-3.1-8B：显存约 16 GB，比例 1:2，见“表 3”。')).toEqual([]);
    expect(rules('在 PyTorch (torch.compile) 中，设置 r=16, alpha=32 即可。')).toEqual([]);
  });

  it('flags ASCII commas, colons, semicolons, question and exclamation marks touching Chinese', () => {
    expect(rules('先去重,再过滤')).toEqual(['ascii-mark']);
    expect(rules('为什么?因为')).toEqual(['ascii-mark']);
    expect(rules('步骤:准备数据')).toEqual(['ascii-mark']);
    expect(rules('吗?此操作无法撤销')).toEqual(['ascii-mark']);
  });

  it('flags ASCII parentheses around or touching Chinese text', () => {
    expect(rules('模型(预训练)')).toEqual(['ascii-parenthesis']);
    expect(rules('模型(预训练)阶段')).toEqual(['ascii-parenthesis', 'ascii-parenthesis']);
    expect(rules('见附录 (中文版)')).toEqual(['ascii-parenthesis']);
  });

  it('flags straight double quotes touching Chinese', () => {
    expect(rules('所谓"完成"是指')).toEqual(['ascii-quote', 'ascii-quote']);
  });

  it('flags a closing quote used as an opening one, and an unclosed quote', () => {
    expect(rules('怎样算”完成”')).toEqual(['wrong-way-quote', 'wrong-way-quote']);
    expect(rules('他说“先做评测')).toEqual(['unclosed-quote']);
    expect(rules('“一”和“二”')).toEqual([]);
  });

  it('gives the context around each mark', () => {
    expect(findPunctuationIssues('先去重,再过滤')[0]).toMatchObject({ index: 3, context: '先去重,再过滤' });
  });
});
