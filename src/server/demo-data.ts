/** Demo projects created on first start (MARGIN_DEMO=0 skips them). All text is invented. */

const SENTIMENT_CONFIG = `<View>
  <Header value="How does the writer feel about the product?"/>
  <Text name="review" value="$review"/>
  <Choices name="sentiment" toName="review" choice="single-radio" required="true" showInline="true">
    <Choice value="Positive" hotkey="1"/>
    <Choice value="Neutral" hotkey="2"/>
    <Choice value="Negative" hotkey="3"/>
  </Choices>
</View>`;

const NER_CONFIG = `<View>
  <Labels name="entities" toName="article">
    <Label value="Person" background="#E8A33D" hotkey="p"/>
    <Label value="Organization" background="#3D7DE8" hotkey="o"/>
    <Label value="Location" background="#4CAF7A" hotkey="l"/>
    <Label value="Date" background="#A05CC8" hotkey="d"/>
  </Labels>
  <Text name="article" value="$article" granularity="word"/>
</View>`;

const REVIEWS = [
  'The kettle boils in under two minutes and the handle stays cool. Best purchase this spring.',
  'Arrived with a cracked lid. Support replaced it within a week, but I should not have had to ask.',
  'It does what the box says. Nothing more, nothing less.',
  'The battery lasts a full day of hiking with the GPS on. I am impressed 🔋👍',
  'After three washes the colour faded to a sad grey. Would not buy again.',
  'Setup took five minutes; the app found the speaker straight away.',
  'Comfortable for the first hour, then the strap starts digging in.',
  'The manual is in four languages and none of them explain the timer.',
  'My kids use the tablet stand every day and it has not wobbled once.',
  'Average coffee, loud grinder, but the cleaning cycle is genuinely clever.',
  'The jacket kept me dry through a whole afternoon of rain in the hills ☔',
  'Shipping was fast. The product itself is flimsy and the hinge already squeaks.',
  'Works fine. I expected the blue to be a little brighter than in the photos.',
  'Honestly the best headphones I have owned — the noise cancelling is superb.',
  'The desk lamp flickers at the lowest setting, which makes it useless for reading.',
  'Nice weight, good grip, and it fits in the drawer. Happy with it.',
  'It stopped charging after eleven days. The refund process was painless, at least.',
  'Neither great nor terrible; a reasonable pan for the price.',
  'The café-style frother makes silky foam in seconds. Très bien!',
  'Too small for a 15-inch laptop even though the listing said it would fit.',
  'Delivered a day early and packed without any plastic. Lovely touch 🌱',
  'The zip broke the second time I used it.',
];

const ARTICLES = [
  'Mara Okafor joined Brightwell Labs in Lisbon on 3 March to lead its new robotics group.',
  'The city council of Tampere approved the tram extension on Tuesday after a long debate.',
  'Jonas Lindqvist, a former Northwind Freight engineer, now advises start-ups in Gothenburg.',
  'On 12 July the Harbour Trust opened a museum of maritime history in Valletta.',
  'Priya Raman announced that Coral Analytics will move its headquarters to Nairobi next year.',
  'Students from Escuela Técnica de Sevilla won the regional solar car race in May.',
  'The Alder Foundation awarded Tomasz Wierzbicki a grant for his work on river ecology.',
  'Fog delayed flights at Kraków airport for most of Friday morning.',
  'Léa Moreau and Daniel Haddad co-founded Quillworks, a bookbinding studio in Montréal.',
  'In December the Pacific Rail Company will test a hydrogen train between Osaka and Kobe.',
  'Amaru Quispe guided the Andes Survey team across the plateau near Cusco in August.',
  'The Northern Lights Festival returns to Tromsø on 20 January with a new light trail.',
  'Greenfield Bank appointed Sofia Esposito as its first chief data officer last week.',
  'Hamid Rezaei presented the findings at the Geneva Water Forum on Wednesday.',
  'Ōtsuka Foods opened a test kitchen in Melbourne staffed by chefs from Kyoto.',
  'The Baltic Innovation Council met in Riga to plan the 2027 research programme.',
  'Ingrid Solberg sailed from Bergen to Reykjavík alone in nineteen days.',
  'Kofi Mensah signed a two-year agreement with Volta Energy in Accra on Monday.',
  'The Ruiz family restored the 19th-century mill outside Oaxaca with help from Molino Vivo.',
  'Anja Petrović will chair the European Typography Society from September.',
  'Heavy snow closed the pass between Innsbruck and Bolzano on New Year’s Eve.',
];

export interface DemoProject {
  title: string;
  description: string;
  instruction: string;
  labelConfig: string;
  tasks: Record<string, unknown>[];
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    title: 'Demo: product review sentiment',
    description: 'Text classification: pick the sentiment of each short product review.',
    instruction:
      '<p>Read the review and pick <b>one</b> sentiment. Keys <kbd>1</kbd>–<kbd>3</kbd> choose, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits.</p>',
    labelConfig: SENTIMENT_CONFIG,
    tasks: REVIEWS.map((review) => ({ review })),
  },
  {
    title: 'Demo: named entities in news',
    description: 'Named-entity recognition: mark people, organizations, places and dates.',
    instruction:
      '<p>Select a span of text, then press the key of its label: <kbd>p</kbd> person, <kbd>o</kbd> organization, <kbd>l</kbd> location, <kbd>d</kbd> date.</p>',
    labelConfig: NER_CONFIG,
    tasks: ARTICLES.map((article) => ({ article })),
  },
];
