// Strings of stories, eras and media (DATA.md, "Eras, stories and media"), kept apart so those
// features grow without touching the main catalogue. Spread into `en`.
export const enStories = {
  // Stories
  stories: 'Stories',
  storiesIntro: 'Guided tours through this dataset',
  storySteps: (count: string) => (count === '1' ? '1 step' : `${count} steps`),
  storyLabel: 'Story',
  storyStep: (current: string, total: string) => `Step ${current} of ${total}`,
  previousStep: 'Previous',
  nextStep: 'Next',
  previousStepName: 'Previous step',
  nextStepName: 'Next step',
  closeStory: 'Close story',
  pauseStory: 'Pause',
  playStory: 'Play',
  pauseStoryName: 'Pause the story',
  playStoryName: 'Play the story',
  // Each part ends as a sentence, without doubling a caption's own full stop.
  storyAnnouncement: (step: string, caption: string, title: string) =>
    [step, caption, title]
      .filter(Boolean)
      .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
      .join(' '),
  copyStepLink: 'Copy link to this step',
  unknownStory: (id: string) => `This dataset has no story “${id}”.`,
  storyPresenterKeys:
    'Keys: Right, Down, Page Down or Space for the next step; Left, Up or Page Up for the previous; Home and End for the first and last; K to pause or play; B to blank the screen; F for full screen; Escape to leave.',
  storyWindowOnly: 'No single event: the timeline shows this period.',

  // Eras
  showEras: 'Show eras',
  during: 'During',

  // Media
  media: 'Media',
  mediaCredit: (credit: string) => `Credit: ${credit}`,
  mediaLink: {
    image: 'Image',
    audio: 'Sound',
    video: 'Video',
    link: 'Link',
  },
  mediaElsewhere: 'opens another site',
};
