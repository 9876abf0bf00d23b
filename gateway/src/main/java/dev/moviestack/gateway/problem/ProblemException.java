package dev.moviestack.gateway.problem;

/** Thrown by the gateway's own handlers; the error handler renders its problem. */
public class ProblemException extends RuntimeException {

	private final Problem problem;

	public ProblemException(Problem problem) {
		super(problem.detail());
		this.problem = problem;
	}

	public ProblemException(Problem problem, Throwable cause) {
		super(problem.detail(), cause);
		this.problem = problem;
	}

	public Problem problem() {
		return this.problem;
	}

}
