package fr.chambery.cqc.bench.load;

/**
 * What the kit waits for after the first start, before the generator adds its rows: a component's demo content
 * that the application fills in shortly after start-up (the demo's directory sync), seen when the target's answer
 * contains {@code answerContains}.
 *
 * @param what what is awaited, as the kit says it when it never comes ("the demo's directory to be synced")
 */
public record Awaited(String what, Target target, String answerContains) {
}
