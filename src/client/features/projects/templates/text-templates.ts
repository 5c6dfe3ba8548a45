import type { ProjectTemplate } from './project-template';

const REVIEW =
  'The blender crushed ice in seconds, but the lid leaks when it is more than half full.';

export const textClassification: ProjectTemplate = {
  id: 'text-classification',
  name: 'Text classification',
  description: 'Sort each text into one of a few categories.',
  config: `<View>
  <Text name="text" value="$text"/>
  <Choices name="topic" toName="text" choice="single-radio" showInline="true" required="true">
    <Choice value="Billing" hotkey="1"/>
    <Choice value="Delivery" hotkey="2"/>
    <Choice value="Product" hotkey="3"/>
    <Choice value="Other" hotkey="4"/>
  </Choices>
</View>
`,
  sample: {
    text: 'My parcel was marked as delivered on Monday, but nothing arrived at the door.',
  },
};

export const sentimentRating: ProjectTemplate = {
  id: 'sentiment-rating',
  name: 'Sentiment with rating',
  description: 'Pick the writer’s mood and rate the text from one to five stars.',
  config: `<View>
  <Header value="How does the writer feel?"/>
  <Text name="review" value="$review"/>
  <Choices name="sentiment" toName="review" choice="single-radio" showInline="true" required="true">
    <Choice value="Positive" hotkey="1"/>
    <Choice value="Neutral" hotkey="2"/>
    <Choice value="Negative" hotkey="3"/>
  </Choices>
  <Rating name="stars" toName="review" maxRating="5"/>
</View>
`,
  sample: { review: REVIEW },
};

export const namedEntities: ProjectTemplate = {
  id: 'ner',
  name: 'Named entities',
  description: 'Mark people, organizations and places in running text, and link them.',
  config: `<View>
  <Labels name="entities" toName="text">
    <Label value="Person" background="#E8505B" hotkey="p"/>
    <Label value="Organization" background="#14B1AB" hotkey="o"/>
    <Label value="Place" background="#F9D56E" hotkey="l"/>
  </Labels>
  <Text name="text" value="$text" granularity="word"/>
  <Relations>
    <Relation value="works_for"/>
    <Relation value="based_in"/>
  </Relations>
</View>
`,
  sample: {
    text: 'Ines Duarte joined Harbor Robotics in Porto last spring to run its test lab.',
  },
};

export const dialogue: ProjectTemplate = {
  id: 'dialogue',
  name: 'Dialogue',
  description: 'Tag intents in a conversation, line by line, and say how it ended.',
  config: `<View>
  <Paragraphs name="chat" value="$dialogue" layout="dialogue" nameKey="speaker" textKey="line"/>
  <Labels name="intent" toName="chat">
    <Label value="Question" background="#3D7DE8"/>
    <Label value="Complaint" background="#E8505B"/>
    <Label value="Thanks" background="#4CAF7A"/>
  </Labels>
  <Choices name="outcome" toName="chat" choice="single" showInline="true">
    <Choice value="Resolved"/>
    <Choice value="Not resolved"/>
  </Choices>
</View>
`,
  sample: {
    dialogue: [
      { speaker: 'Customer', line: 'Hi, my order 4471 still shows as packed. When will it ship?' },
      { speaker: 'Agent', line: 'Sorry for the wait! It leaves our warehouse this afternoon.' },
      { speaker: 'Customer', line: 'Great, thank you for checking.' },
    ],
  },
};
