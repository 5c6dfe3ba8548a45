// The image templates' sample: a small drawing inlined as a data URL, so the preview works
// offline and without any upload. Shapes are large enough to draw boxes and outlines around.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320">
<rect width="480" height="320" fill="#dbeafe"/>
<rect y="230" width="480" height="90" fill="#bbf7d0"/>
<circle cx="400" cy="64" r="30" fill="#fde047"/>
<rect x="70" y="140" width="130" height="100" fill="#fca5a5"/>
<polygon points="60,142 135,80 210,142" fill="#b91c1c"/>
<rect x="120" y="190" width="30" height="50" fill="#7c2d12"/>
<rect x="300" y="170" width="18" height="70" fill="#92400e"/>
<circle cx="309" cy="150" r="44" fill="#16a34a"/>
</svg>`;

export const SAMPLE_IMAGE_URL = `data:image/svg+xml,${encodeURIComponent(SVG)}`;
