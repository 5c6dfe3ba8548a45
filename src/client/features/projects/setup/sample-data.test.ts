import { describe, expect, it } from 'vitest';
import { parseLabelConfigOrThrow } from '../../../../shared/label-config/parse';
import { SAMPLE_IMAGE_URL } from '../templates/sample-image';
import { previewSample } from './sample-data';

const config = parseLabelConfigOrThrow(`<View>
  <Header value="About $topic"/>
  <Text name="text" value="$text"/>
  <Image name="img" value="$photo"/>
  <Paragraphs name="chat" value="$doc.turns" nameKey="who" textKey="said"/>
  <Choices name="c" toName="text"><Choice value="A"/></Choices>
</View>`);

describe('previewSample', () => {
  it('prefers the task, then the template, and makes up the rest', () => {
    const sample = previewSample(config, { text: 'From the task' }, { text: 'T', photo: 'x.png' });
    expect(sample.source).toBe('task');
    expect(sample.data).toMatchObject({ text: 'From the task', photo: 'x.png' });
    expect(sample.generated.sort()).toEqual(['doc', 'topic']);
  });

  it('fills every key from the object that reads it, nested paths included', () => {
    const sample = previewSample(config, undefined, undefined);
    expect(sample.source).toBe('generated');
    expect(sample.data.photo).toBe(SAMPLE_IMAGE_URL);
    expect(sample.data.topic).toBe('Sample');
    const turns = (sample.data.doc as { turns: Record<string, string>[] }).turns;
    expect(turns[0]).toEqual({ who: 'Speaker A', said: expect.any(String) });
  });
});
