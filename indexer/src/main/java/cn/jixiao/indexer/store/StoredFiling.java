package cn.jixiao.indexer.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.jixiao.indexer.filing.Execution;
import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Funds;
import cn.jixiao.indexer.filing.Indicator;
import cn.jixiao.indexer.filing.LineRange;
import cn.jixiao.indexer.filing.TrackingPeriod;

/**
 * One form as stored: header fields as written, funds in 元, the tracking form's execution
 * block.
 */
@Entity
@Table(name = "filing")
public class StoredFiling {

	/**
	 * Assigned from {@link RowIds}: these rows are written in JDBC batches, not one by
	 * one.
	 */
	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_file_id")
	private SourceFile sourceFile;

	@Column(name = "form_index", nullable = false)
	private int formIndex;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FormKind kind;

	@Column(name = "budget_year")
	private Integer year;

	@Column(name = "period_from")
	private String periodFrom;

	@Column(name = "period_to")
	private String periodTo;

	@Column(name = "project_name")
	private String projectName;

	@Column(name = "project_key")
	private String projectKey;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(name = "project_nature")
	private String projectNature;

	@Column(name = "project_category")
	private String projectCategory;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "funds_total")
	private BigDecimal fundsTotal;

	@Column(name = "funds_fiscal")
	private BigDecimal fundsFiscal;

	@Column(name = "funds_carryover")
	private BigDecimal fundsCarryover;

	@Column(name = "funds_other")
	private BigDecimal fundsOther;

	@Column(name = "funds_project_total")
	private BigDecimal fundsProjectTotal;

	@Column(name = "exec_initial_budget")
	private BigDecimal initialBudget;

	@Column(name = "exec_period_budget")
	private BigDecimal periodBudget;

	@Column(name = "exec_period_executed")
	private BigDecimal periodExecuted;

	@Column(name = "exec_rate_percent")
	private BigDecimal ratePercent;

	@Column(name = "annual_goal")
	private String annualGoal;

	@Column(name = "goal_progress")
	private String goalProgress;

	@Column(name = "budget_completion_likelihood")
	private String budgetCompletionLikelihood;

	@Column(name = "goal_completion_likelihood")
	private String goalCompletionLikelihood;

	@Column(name = "corrective_measures")
	private String correctiveMeasures;

	@Column(name = "first_line", nullable = false)
	private int firstLine;

	@Column(name = "last_line", nullable = false)
	private int lastLine;

	@OneToMany(mappedBy = "filing")
	@OrderBy("position")
	private List<StoredIndicator> indicators = new ArrayList<>();

	protected StoredFiling() {
	}

	/**
	 * The stored form of a parsed filing; names are kept as written, keys serve matching.
	 */
	public StoredFiling(SourceFile sourceFile, Filing filing, String projectKey, Department department, Unit unit) {
		this.sourceFile = sourceFile;
		this.formIndex = filing.index();
		this.kind = filing.kind();
		this.year = filing.year();
		if (filing.trackingPeriod() != null) {
			this.periodFrom = filing.trackingPeriod().from().toString();
			this.periodTo = filing.trackingPeriod().to().toString();
		}
		this.projectName = filing.projectName();
		this.projectKey = projectKey;
		this.department = department;
		this.unit = unit;
		this.projectNature = filing.projectNature();
		this.projectCategory = filing.projectCategory();
		this.startDate = filing.startDate();
		this.endDate = filing.endDate();
		Funds funds = filing.funds();
		this.fundsTotal = funds.total();
		this.fundsFiscal = funds.fiscal();
		this.fundsCarryover = funds.carryover();
		this.fundsOther = funds.other();
		this.fundsProjectTotal = funds.projectTotal();
		Execution execution = filing.execution();
		if (execution != null) {
			this.initialBudget = execution.initialBudget();
			this.periodBudget = execution.periodBudget();
			this.periodExecuted = execution.periodExecuted();
			this.ratePercent = execution.ratePercent();
		}
		this.annualGoal = filing.annualGoal();
		this.goalProgress = filing.goalProgress();
		this.budgetCompletionLikelihood = filing.budgetCompletionLikelihood();
		this.goalCompletionLikelihood = filing.goalCompletionLikelihood();
		this.correctiveMeasures = filing.correctiveMeasures();
		this.firstLine = filing.lines().first();
		this.lastLine = filing.lines().last();
	}

	/**
	 * The form as the parser reads it, for what works on parsed forms (the review): names
	 * of department and unit as stored, amounts at the columns' scale, the target value
	 * as stored (its text is the target as written). Loads the filing's indicators.
	 */
	public Filing toFiling() {
		return toFiling(this.indicators);
	}

	/**
	 * The form as the parser reads it, with its indicators loaded by the caller (many
	 * filings at once).
	 * @param indicators this filing's indicators in their order
	 */
	public Filing toFiling(List<StoredIndicator> indicators) {
		List<Indicator> rows = indicators.stream().map(StoredIndicator::toIndicator).toList();
		return new Filing(this.sourceFile.getName(), this.formIndex, this.kind, this.year, getTrackingPeriod(),
				this.projectName, nameOf(this.department), nameOf(this.unit), this.projectNature, this.projectCategory,
				this.startDate, this.endDate, getFunds(), getExecution(), this.annualGoal, this.goalProgress,
				this.budgetCompletionLikelihood, this.goalCompletionLikelihood, this.correctiveMeasures, getLines(),
				rows);
	}

	private static String nameOf(NamedOrganisation organisation) {
		return (organisation != null) ? organisation.getName() : null;
	}

	public void addIndicator(StoredIndicator indicator) {
		this.indicators.add(indicator);
	}

	public SourceFile getSourceFile() {
		return this.sourceFile;
	}

	public int getFormIndex() {
		return this.formIndex;
	}

	public FormKind getKind() {
		return this.kind;
	}

	public Integer getYear() {
		return this.year;
	}

	public TrackingPeriod getTrackingPeriod() {
		return (this.periodFrom != null && this.periodTo != null)
				? new TrackingPeriod(YearMonth.parse(this.periodFrom), YearMonth.parse(this.periodTo)) : null;
	}

	public String getProjectName() {
		return this.projectName;
	}

	public String getProjectKey() {
		return this.projectKey;
	}

	public Department getDepartment() {
		return this.department;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public Project getProject() {
		return this.project;
	}

	public void setProject(Project project) {
		this.project = project;
	}

	public String getProjectNature() {
		return this.projectNature;
	}

	public String getProjectCategory() {
		return this.projectCategory;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Funds getFunds() {
		return new Funds(this.fundsTotal, this.fundsFiscal, this.fundsCarryover, this.fundsOther,
				this.fundsProjectTotal);
	}

	public Execution getExecution() {
		return (this.kind == FormKind.TRACKING && this.initialBudget != null)
				? new Execution(this.initialBudget, this.periodBudget, this.periodExecuted, this.ratePercent) : null;
	}

	public String getAnnualGoal() {
		return this.annualGoal;
	}

	public String getGoalProgress() {
		return this.goalProgress;
	}

	public String getBudgetCompletionLikelihood() {
		return this.budgetCompletionLikelihood;
	}

	public String getGoalCompletionLikelihood() {
		return this.goalCompletionLikelihood;
	}

	public String getCorrectiveMeasures() {
		return this.correctiveMeasures;
	}

	public LineRange getLines() {
		return new LineRange(this.firstLine, this.lastLine);
	}

	public List<StoredIndicator> getIndicators() {
		return this.indicators;
	}

	public Long getId() {
		return this.id;
	}

	void assignId(long id) {
		this.id = id;
	}

}
