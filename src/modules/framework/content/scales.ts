/** The four-point graded judgement the network uses for its qualitative indicators. */
export interface GradeDescriptors {
  inadequate: string;
  developing: string;
  good: string;
  strong: string;
}

export function fourPointScale(d: GradeDescriptors) {
  return [
    { value: 1, label: 'Inadequate', descriptor: d.inadequate },
    { value: 2, label: 'Developing', descriptor: d.developing },
    { value: 3, label: 'Good', descriptor: d.good },
    { value: 4, label: 'Strong', descriptor: d.strong },
  ];
}
