export const BENCH_CONFIG = `<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/>
  </Choices>
</View>`;

const WORDS = 'margin label review task span entity region choice model data team quality'.split(
  ' ',
);

/** A deterministic 300-character text. */
export function benchText(seed: number): string {
  let out = '';
  let i = seed;
  while (out.length < 300) {
    out += `${WORDS[i % WORDS.length]} `;
    i = (i * 31 + 7) % 9973;
  }
  return out.slice(0, 300);
}

export const annotationBody = (uniqueId?: string) =>
  JSON.stringify({
    result: [
      {
        id: 'bench00001',
        from_name: 'sentiment',
        to_name: 'text',
        type: 'choices',
        value: { choices: ['Positive'] },
        origin: 'manual',
      },
    ],
    lead_time: 3.5,
    ...(uniqueId ? { unique_id: uniqueId } : {}),
  });
