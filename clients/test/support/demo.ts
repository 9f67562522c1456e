/** The demo data's fixed ids and titles (Clawith.Graph/Data/DemoData.cs). */
export const atlas = "a0000000-0000-4000-8000-000000000001";

/** Alice's only listed session with Atlas: a question, an answer, a tool call and a last answer. */
export const tripPlanning = "Trip planning";
