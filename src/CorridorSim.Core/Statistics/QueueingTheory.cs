namespace CorridorSim.Statistics;

/// <summary>
/// Closed-form steady-state results of textbook queues (Gross &amp; Harris, "Fundamentals of
/// Queueing Theory"), used to validate the kernel. Rates per hour, times in hours. λ is the
/// arrival rate, μ the service rate of one server, c the number of servers, ρ = λ / (c μ) &lt; 1.
/// </summary>
public static class QueueingTheory
{
    /// <summary>M/M/1 mean time in system W = 1 / (μ − λ).</summary>
    public static double MM1MeanSojourn(double lambda, double mu) => 1.0 / (mu - lambda);

    /// <summary>M/M/1 mean wait in queue Wq = ρ / (μ − λ).</summary>
    public static double MM1MeanWait(double lambda, double mu) => lambda / mu / (mu - lambda);

    /// <summary>M/M/1 mean number in system L = ρ / (1 − ρ).</summary>
    public static double MM1MeanNumberInSystem(double lambda, double mu) => lambda / mu / (1.0 - (lambda / mu));

    /// <summary>
    /// Erlang C: probability an arrival to M/M/c must wait,
    /// C(c, a) = [aᶜ/c! · c/(c−a)] / [Σₖ₌₀^{c−1} aᵏ/k! + aᶜ/c! · c/(c−a)], with a = λ/μ.
    /// </summary>
    public static double ErlangC(int servers, double lambda, double mu)
    {
        double a = lambda / mu;
        double term = 1.0;
        double sum = 0.0;
        for (int k = 0; k < servers; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        double waiting = term * servers / (servers - a);
        return waiting / (sum + waiting);
    }

    /// <summary>M/M/c mean wait in queue Wq = C(c, a) / (c μ − λ).</summary>
    public static double MMcMeanWait(int servers, double lambda, double mu) =>
        ErlangC(servers, lambda, mu) / ((servers * mu) - lambda);

    /// <summary>M/M/c mean time in system W = Wq + 1/μ.</summary>
    public static double MMcMeanSojourn(int servers, double lambda, double mu) =>
        MMcMeanWait(servers, lambda, mu) + (1.0 / mu);

    /// <summary>
    /// M/G/1 mean wait in queue by Pollaczek–Khinchine: Wq = λ E[S²] / (2 (1 − ρ)); for
    /// deterministic service E[S²] = 1/μ², so M/D/1 has Wq = ρ / (2 μ (1 − ρ)).
    /// </summary>
    public static double MG1MeanWait(double lambda, double serviceMean, double serviceVariance)
    {
        double rho = lambda * serviceMean;
        double secondMoment = serviceVariance + (serviceMean * serviceMean);
        return lambda * secondMoment / (2.0 * (1.0 - rho));
    }

    /// <summary>
    /// M/M/1/K blocking probability (K places in total, including the one in service):
    /// P_K = (1 − ρ) ρᴷ / (1 − ρᴷ⁺¹), or 1/(K+1) when ρ = 1.
    /// </summary>
    public static double MM1KBlocking(int systemCapacity, double lambda, double mu)
    {
        double rho = lambda / mu;
        return Math.Abs(rho - 1.0) < 1e-12
            ? 1.0 / (systemCapacity + 1)
            : (1.0 - rho) * Math.Pow(rho, systemCapacity) / (1.0 - Math.Pow(rho, systemCapacity + 1));
    }
}
